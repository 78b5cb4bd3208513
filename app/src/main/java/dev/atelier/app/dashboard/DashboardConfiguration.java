package dev.atelier.app.dashboard;

import dev.atelier.core.assembly.AtelierCore;
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

    private final AtelierCore.Services core;
    private final Clock clock;

    DashboardConfiguration(AtelierCore.Services core, Clock clock) {
        this.core = core;
        this.clock = clock;
    }

    @Bean
    DashboardReads dashboardReads() {
        return core.dashboard();
    }

    @Bean
    PairRisks pairRisks() {
        return new HealthPairRisks(core.health(), core.dashboard());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ViewerSessions(core.dashboard().logins(), clock))
                .addPathPatterns("/dashboard", "/dashboard/**")
                .excludePathPatterns(
                        "/dashboard/login/**", "/dashboard/assets/**", "/dashboard/signed-out", "/dashboard/logout");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ViewerArgument());
    }
}
