package dev.parley.web.page;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPreProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.preprocessor.IPreProcessor;
import org.thymeleaf.preprocessor.PreProcessor;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.MethodExecutor;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectiveMethodExecutor;
import org.springframework.expression.spel.support.ReflectiveMethodResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Templates call accessors without arguments ({@code m.seq()},
 * {@code row.item().subject()}) thousands of times per page. SpEL's reflective executor
 * builds a {@code MethodParameter} and a {@code TypeDescriptor} for the result of every
 * such call (about a tenth of an inbox page's CPU in issue 19's profile). This dialect
 * gives each page's evaluation context a method resolver that asks Thymeleaf's own
 * resolvers first (their restrictions stand) and, when they chose a public method without
 * parameters on a public class, calls it with the result's type worked out once per
 * method and result class: the same value and the same type SpEL would have computed.
 * Everything else is SpEL's executor, unchanged.
 */
@Component
class TemplateMethodCalls extends AbstractDialect implements IPreProcessorDialect {

	TemplateMethodCalls() {
		super("parley-method-calls");
	}

	@Override
	public int getDialectPreProcessorPrecedence() {
		return 1000;
	}

	@Override
	public Set<IPreProcessor> getPreProcessors() {
		return Set.of(new PreProcessor(TemplateMode.HTML, Installer.class, 1000));
	}

	/**
	 * Puts the resolver in front of the page's evaluation context's resolvers, once.
	 */
	public static final class Installer extends AbstractTemplateHandler {

		@Override
		public void setContext(ITemplateContext context) {
			super.setContext(context);
			if (context.getVariable(
					ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME) instanceof StandardEvaluationContext evaluation) {
				install(evaluation);
			}
		}

	}

	/**
	 * Wraps an evaluation context's method resolvers (no-op when done already).
	 * @param context the context
	 */
	static void install(StandardEvaluationContext context) {
		List<MethodResolver> resolvers = context.getMethodResolvers();
		if (resolvers.size() == 1 && resolvers.get(0) instanceof Resolver) {
			return;
		}
		context.setMethodResolvers(List.of(new Resolver(List.copyOf(resolvers))));
	}

	/**
	 * The context's own resolvers decide which method a call means; an accessor they
	 * chose gets the cheaper executor. It is a {@code ReflectiveMethodResolver} because
	 * SpEL keeps the executor it found on the expression only when the context's one
	 * resolver is of that type; with any other resolver it would look every call up again
	 * (the first version of this class did, and made the pages slower).
	 */
	static final class Resolver extends ReflectiveMethodResolver {

		private static final Map<Method, Accessor> ACCESSORS = new ConcurrentHashMap<>();

		private final List<MethodResolver> delegates;

		Resolver(List<MethodResolver> delegates) {
			this.delegates = delegates;
		}

		@Override
		public @Nullable MethodExecutor resolve(EvaluationContext context, Object target, String name,
				List<TypeDescriptor> argumentTypes) throws AccessException {
			for (MethodResolver delegate : this.delegates) {
				MethodExecutor executor = delegate.resolve(context, target, name, argumentTypes);
				if (executor != null) {
					return (argumentTypes.isEmpty() && !(target instanceof Class<?>)
							&& executor instanceof ReflectiveMethodExecutor reflective
							&& Accessor.applies(reflective.getMethod()))
									? ACCESSORS.computeIfAbsent(reflective.getMethod(), Accessor::new) : executor;
				}
			}
			return null;
		}

	}

	/**
	 * Calls a public method without parameters; the result's type descriptor is the one
	 * SpEL's executor gives ({@code new TypeDescriptor(new MethodParameter(method, -1))
	 * .narrow(value)}), which depends only on the method and the value's class.
	 */
	static final class Accessor implements MethodExecutor {

		private final Method method;

		private final TypeDescriptor declared;

		private final Map<Class<?>, TypeDescriptor> narrowed = new ConcurrentHashMap<>();

		Accessor(Method method) {
			this.method = method;
			ReflectionUtils.makeAccessible(method);
			this.declared = new TypeDescriptor(new MethodParameter(method, -1));
		}

		static boolean applies(Method method) {
			return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
					&& Modifier.isPublic(method.getModifiers())
					&& Modifier.isPublic(method.getDeclaringClass().getModifiers());
		}

		@Override
		public TypedValue execute(EvaluationContext context, Object target, @Nullable Object... arguments)
				throws AccessException {
			Object value;
			try {
				value = this.method.invoke(target);
			}
			catch (InvocationTargetException | IllegalAccessException | IllegalArgumentException ex) {
				// As SpEL's executor: MethodReference unwraps the target's own exception
				// and looks the method up again for a target it does not fit.
				throw new AccessException("Problem invoking method: " + this.method, ex);
			}
			if (value == null) {
				return new TypedValue(null, this.declared);
			}
			Object result = value;
			return new TypedValue(value,
					this.narrowed.computeIfAbsent(value.getClass(), (type) -> this.declared.narrow(result)));
		}

	}

}
