package dev.parley.web.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.parley.core.account.Role;
import dev.parley.core.policy.AttachmentCheck;
import dev.parley.core.policy.Decision;
import dev.parley.core.policy.Draft;
import dev.parley.core.policy.DraftAttachment;
import dev.parley.core.policy.MessagePolicy;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counting test doubles for page renders: how often the content rules run and which SQL
 * statements are prepared, per thread (MockMvc renders a page on the test's thread, so
 * concurrent work elsewhere does not count).
 */
@TestConfiguration(proxyBeanMethods = false)
public class RenderCounters {

	private static final ThreadLocal<List<String>> statements = ThreadLocal.withInitial(ArrayList::new);

	private static final ThreadLocal<int[]> checks = ThreadLocal.withInitial(() -> new int[1]);

	private static final ThreadLocal<int[]> fileChecks = ThreadLocal.withInitial(() -> new int[1]);

	private static final ThreadLocal<List<DraftAttachment>> checkedAttachments = ThreadLocal
		.withInitial(ArrayList::new);

	private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

	/** Starts counting afresh on this thread. */
	public static void reset() {
		statements.get().clear();
		checks.get()[0] = 0;
		fileChecks.get()[0] = 0;
		checkedAttachments.get().clear();
	}

	/**
	 * How often this thread checked a file on upload since {@link #reset()}.
	 * @return the number of {@code MessagePolicy.checkAttachment} calls
	 */
	public static int fileChecks() {
		return fileChecks.get()[0];
	}

	/**
	 * The attachments of the drafts this thread checked since {@link #reset()}.
	 * @return them, in order
	 */
	public static List<DraftAttachment> checkedAttachments() {
		return List.copyOf(checkedAttachments.get());
	}

	/**
	 * The SQL statements this thread prepared since {@link #reset()}.
	 * @return the statements, in order
	 */
	public static List<String> statements() {
		return List.copyOf(statements.get());
	}

	/**
	 * How often this thread ran the content rules since {@link #reset()}.
	 * @return the number of {@code MessagePolicy.check} calls
	 */
	public static int policyChecks() {
		return checks.get()[0];
	}

	@Bean
	static BeanPostProcessor renderCountersPostProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof MessagePolicy policy) {
					return new CountingPolicy(policy);
				}
				if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
					return proxy(DataSource.class, dataSource, (target, method, arguments) -> {
						Object result = invoke(target, method, arguments);
						return (result instanceof Connection connection) ? countingConnection(connection) : result;
					});
				}
				return bean;
			}
		};
	}

	private static Connection countingConnection(Connection connection) {
		return proxy(Connection.class, connection, (target, method, arguments) -> {
			if (PREPARING.contains(method.getName())) {
				statements.get()
					.add((arguments != null && arguments.length > 0) ? String.valueOf(arguments[0]) : method.getName());
			}
			return invoke(target, method, arguments);
		});
	}

	private interface Handler<T> {

		Object handle(T target, Method method, Object[] arguments) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, arguments) -> {
			if (method.getName().equals("unwrap") && arguments.length == 1
					&& ((Class<?>) arguments[0]).isInstance(target)) {
				return target;
			}
			if (method.getName().equals("isWrapperFor") && arguments.length == 1
					&& ((Class<?>) arguments[0]).isInstance(target)) {
				return true;
			}
			return handler.handle(target, method, arguments);
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/** The application's rules engine, counting its checks. */
	private static final class CountingPolicy implements MessagePolicy {

		private final MessagePolicy delegate;

		CountingPolicy(MessagePolicy delegate) {
			this.delegate = delegate;
		}

		@Override
		public Decision check(Draft draft) {
			checks.get()[0]++;
			checkedAttachments.get().addAll(draft.attachments());
			return this.delegate.check(draft);
		}

		@Override
		public AttachmentCheck checkAttachment(DraftAttachment attachment, Role senderRole) {
			fileChecks.get()[0]++;
			return this.delegate.checkAttachment(attachment, senderRole);
		}

	}

}
