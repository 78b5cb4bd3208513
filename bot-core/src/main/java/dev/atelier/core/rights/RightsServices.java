package dev.atelier.core.rights;

/** What the application serves of member rights: data-export downloads, and the retention round its clock runs. */
public record RightsServices(DataDownloads downloads, RetentionRound retention) {}
