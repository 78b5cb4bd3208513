package dev.atelier.app.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.ClusterClosedEvent;
import com.mongodb.event.ClusterListener;
import dev.atelier.app.AtelierApplication;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Stopping the application while a Quartz job runs: the job finishes on an open store before the store's client
 * closes (before, the client closed under it and the job failed with "state should be: open").
 */
@ExtendWith(OutputCaptureExtension.class)
class StopWhileAJobRunsTest {

    static final CountDownLatch STARTED = new CountDownLatch(1);
    static final CountDownLatch STOPPING = new CountDownLatch(1);
    static final CountDownLatch CLIENT_CLOSED = new CountDownLatch(1);
    static final AtomicReference<Throwable> FAILURE = new AtomicReference<>();
    static final AtomicReference<Long> COUNTED = new AtomicReference<>();

    @TempDir
    Path data;

    @Test
    void aJobRunningWhenTheApplicationStopsFinishesOnAnOpenStore(CapturedOutput output) throws Exception {
        // given the application, and a job that uses the store once the application is asked to stop
        SpringApplication app = new SpringApplication(AtelierApplication.class, ClientWatch.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        ConfigurableApplicationContext context = app.run(
                "--atelier.store.embedded.path=" + data, "--atelier.discord.token=", "--atelier.slack.bot-token=");
        Scheduler scheduler = context.getBean(Scheduler.class);
        scheduler.scheduleJob(
                JobBuilder.newJob(StoreUsingJob.class)
                        .withIdentity("store-using")
                        .build(),
                TriggerBuilder.newTrigger().startNow().build());
        assertThat(STARTED.await(30, TimeUnit.SECONDS)).isTrue();

        // when the application stops while it runs
        Thread stopping = new Thread(context::close);
        STOPPING.countDown();
        stopping.start();
        stopping.join(TimeUnit.SECONDS.toMillis(60));

        // then the job read the store before its client closed, and no job met a closed client
        assertThat(stopping.isAlive()).isFalse();
        assertThat(FAILURE.get()).isNull();
        assertThat(COUNTED.get()).isNotNull();
        assertThat(CLIENT_CLOSED.getCount()).isZero();
        assertThat(output.getAll()).doesNotContain("state should be: open");
    }

    /**
     * Reads the store after the stop began: it waits (a few seconds at most) for the store's client to close
     * first, which it did when nothing waited for running jobs; when the stop waits for it, the client stays open.
     */
    public static class StoreUsingJob implements Job {

        private final MongoTemplate mongo;

        public StoreUsingJob(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @Override
        public void execute(JobExecutionContext context) {
            STARTED.countDown();
            try {
                STOPPING.await();
                CLIENT_CLOSED.await(3, TimeUnit.SECONDS);
                COUNTED.set(mongo.getCollection("communities").countDocuments());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                FAILURE.set(e);
            } catch (RuntimeException e) {
                FAILURE.set(e);
                throw e;
            }
        }
    }

    /** Counts down {@link #CLIENT_CLOSED} when the application's MongoDB client closes. */
    @Configuration(proxyBeanMethods = false)
    static class ClientWatch {

        @Bean
        MongoClientSettingsBuilderCustomizer closeWatch() {
            return settings -> settings.applyToClusterSettings(c -> c.addClusterListener(new ClusterListener() {
                @Override
                public void clusterClosed(ClusterClosedEvent event) {
                    CLIENT_CLOSED.countDown();
                }
            }));
        }
    }
}
