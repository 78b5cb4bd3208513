package dev.atelier.app.dashboard;

import dev.atelier.core.clock.stall.CohortHealth;
import dev.atelier.core.dashboard.DashboardReads;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The dashboard's reads, its session guard on every page but login, and the viewer argument. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration implements WebMvcConfigurer {

    private final DashboardReads dashboard;
    private final CohortHealth health;
    private final Clock clock;

    DashboardConfiguration(DashboardReads dashboard, CohortHealth health, Clock clock) {
        this.dashboard = dashboard;
        this.health = health;
        this.clock = clock;
    }

    @Bean
    PairRisks pairRisks() {
        return new HealthPairRisks(health, dashboard);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ViewerSessions(dashboard.logins(), clock))
                .addPathPatterns("/dashboard", "/dashboard/**")
                .excludePathPatterns(
                        "/dashboard/login/**", "/dashboard/assets/**", "/dashboard/signed-out", "/dashboard/logout");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ViewerArgument());
    }
}
