/** Operations of the running application: metrics on /actuator/prometheus, graceful shutdown of the inbox. */
package dev.atelier.app.operations;
