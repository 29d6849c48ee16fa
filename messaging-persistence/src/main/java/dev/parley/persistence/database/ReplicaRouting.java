package dev.parley.persistence.database;

import dev.parley.core.account.ReadYourWritesKey;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Puts {@link ReplicaRoutingDataSource} in front of the application's pool when
 * {@code parley.database.replicas} names any replica; with none, the pool is left as it
 * is. Each replica gets a pool made like the primary's (same login, same runtime role
 * switch), of {@code parley.database.replica-pool-size} connections.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaRouting {

	@Bean
	static BeanPostProcessor replicaRoutingPostProcessor(Environment environment, BeanFactory beans) {
		ReplicaProperties properties = Binder.get(environment)
			.bindOrCreate(ReplicaProperties.PREFIX, ReplicaProperties.class);
		return new Wrapper(properties, beans.getBeanProvider(ReadYourWritesKey.class));
	}

	private static final class Wrapper implements BeanPostProcessor {

		private static final Log logger = LogFactory.getLog(ReplicaRouting.class);

		private final ReplicaProperties properties;

		private final ObjectProvider<ReadYourWritesKey> keys;

		Wrapper(ReplicaProperties properties, ObjectProvider<ReadYourWritesKey> keys) {
			this.properties = properties;
			this.keys = keys;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (!"dataSource".equals(name) || this.properties.replicas().isEmpty()) {
				return bean;
			}
			if (!(bean instanceof HikariDataSource primary)) {
				logger.warn("parley.database.replicas is set but the data source is not a Hikari pool; "
						+ "every transaction stays on the primary");
				return bean;
			}
			List<ReplicaReads.Replica> replicas = new ArrayList<>();
			for (int i = 0; i < this.properties.replicas().size(); i++) {
				ReplicaProperties.Replica replica = this.properties.replicas().get(i);
				replicas.add(new ReplicaReads.Replica(replica.url(), pool(primary, replica, i)));
			}
			CommitPositions positions = new CommitPositions(this::callerKey, this.properties.callersRemembered());
			logger.info("Read-only transactions go to " + replicas.size() + " replica(s), waiting up to "
					+ this.properties.replicaWait().toMillis() + " ms for a caller's last commit");
			return new ReplicaRoutingDataSource(primary, replicas, positions, this.properties.replicaWait().toNanos());
		}

		private @Nullable String callerKey() {
			ReadYourWritesKey key = this.keys.getIfAvailable();
			return (key != null) ? key.current() : null;
		}

		private DataSource pool(HikariDataSource primary, ReplicaProperties.Replica replica, int index) {
			HikariConfig config = new HikariConfig();
			primary.copyStateTo(config);
			config.setJdbcUrl(replica.url());
			if (replica.username() != null) {
				config.setUsername(replica.username());
				config.setPassword((replica.password() != null) ? replica.password() : "");
			}
			config.setPoolName("parley-replica-" + (index + 1));
			if (this.properties.replicaPoolSize() > 0) {
				config.setMaximumPoolSize(this.properties.replicaPoolSize());
			}
			if (config.getMinimumIdle() > config.getMaximumPoolSize()) {
				config.setMinimumIdle(config.getMaximumPoolSize());
			}
			// A replica that is down must not stop the application: reads go to the
			// primary.
			config.setInitializationFailTimeout(-1);
			return new HikariDataSource(config);
		}

	}

}
