package dev.parley.web.page;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.MethodExecutor;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.ReflectiveMethodExecutor;
import org.springframework.expression.spel.support.ReflectiveMethodResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The accessor shortcut gives what SpEL's reflective executor gives: the same values, the
 * same result types (null and generic ones included), the same failures, and SpEL's own
 * executor wherever the call is not a public accessor without arguments.
 */
class TemplateMethodCallsTests {

	private final SpelExpressionParser parser = new SpelExpressionParser();

	@Test
	void givesTheValuesAndTypesOfSpelsOwnExecutor() {
		Item item = new Item("Lamp", List.of("brass", "desk"), null);
		for (String text : List.of("#item.name()", "#item.tags()", "#item.tags().size()", "#item.note()",
				"#item.name().length()", "#item.name().substring(1)", "#item.tags()[1]", "#item.self().name()",
				"#item.note() == null ? 'none' : #item.note()")) {
			StandardEvaluationContext plain = context(item, false);
			StandardEvaluationContext fast = context(item, true);
			Expression expression = this.parser.parseExpression(text);
			Expression again = this.parser.parseExpression(text);
			// twice each: the second evaluation runs the executor SpEL cached
			for (int i = 0; i < 2; i++) {
				assertThat(expression.getValue(fast)).as(text).isEqualTo(again.getValue(plain));
				TypeDescriptor fastType = expression.getValueTypeDescriptor(fast);
				TypeDescriptor plainType = again.getValueTypeDescriptor(plain);
				assertThat(fastType).as(text).isEqualTo(plainType);
				if (fastType != null) {
					assertThat(fastType.getResolvableType().toString()).as(text)
						.isEqualTo(plainType.getResolvableType().toString());
				}
			}
		}
	}

	@Test
	void onlyPublicAccessorsWithoutArgumentsTakeTheShortcut() throws Exception {
		StandardEvaluationContext context = context(new Item("Lamp", List.of(), null), true);
		TemplateMethodCalls.Resolver resolver = (TemplateMethodCalls.Resolver) context.getMethodResolvers().get(0);
		Item item = new Item("Lamp", List.of(), null);

		MethodExecutor accessor = resolver.resolve(context, item, "name", List.of());
		assertThat(accessor).isInstanceOf(TemplateMethodCalls.Accessor.class);
		assertThat(resolver.resolve(context, "Lamp", "substring", List.of(TypeDescriptor.valueOf(Integer.class))))
			.isInstanceOf(ReflectiveMethodExecutor.class);
		assertThat(resolver.resolve(context, Item.class, "of", List.of())).isInstanceOf(ReflectiveMethodExecutor.class);
		assertThat(resolver.resolve(context, item, "noSuchMethod", List.of())).isNull();
	}

	@Test
	void anExpressionSeeingAnotherClassLooksTheMethodUpAgain() {
		Expression expression = this.parser.parseExpression("#item.name()");
		StandardEvaluationContext context = context(new Item("Lamp", List.of(), null), true);
		assertThat(expression.getValue(context)).isEqualTo("Lamp");
		assertThat(expression.getValue(context)).isEqualTo("Lamp");
		context.setVariable("item", new Other("Shade"));
		assertThat(expression.getValue(context)).isEqualTo("Shade");
		context.setVariable("item", new Item("Bulb", List.of(), null));
		assertThat(expression.getValue(context)).isEqualTo("Bulb");
	}

	@Test
	void failuresAreSpelsFailures() {
		for (String text : List.of("#item.broken()", "#item.missing()", "#item.note().length()")) {
			Item item = new Item("Lamp", List.of(), null);
			Throwable plain = catchFrom(text, context(item, false));
			Throwable fast = catchFrom(text, context(item, true));
			assertThat(fast).as(text).isNotNull().hasSameClassAs(plain).hasMessage(plain.getMessage());
			assertThat((fast.getCause() != null) ? fast.getCause().getClass() : null).as(text)
				.isEqualTo((plain.getCause() != null) ? plain.getCause().getClass() : null);
		}
	}

	@Test
	void anExpressionLooksItsMethodUpOnceNotOnEveryCall() {
		int[] lookups = { 0 };
		StandardEvaluationContext context = new StandardEvaluationContext();
		context.setMethodResolvers(List.of(new ReflectiveMethodResolver() {
			@Override
			public @Nullable MethodExecutor resolve(EvaluationContext evaluation, Object target, String name,
					List<TypeDescriptor> argumentTypes) throws AccessException {
				lookups[0]++;
				return super.resolve(evaluation, target, name, argumentTypes);
			}
		}));
		context.setVariable("item", new Item("Lamp", List.of(), null));
		TemplateMethodCalls.install(context);
		Expression expression = this.parser.parseExpression("#item.name()");
		for (int i = 0; i < 5; i++) {
			assertThat(expression.getValue(context)).isEqualTo("Lamp");
		}
		assertThat(lookups[0]).isEqualTo(1);
	}

	@Test
	void installsOnce() {
		StandardEvaluationContext context = new StandardEvaluationContext();
		TemplateMethodCalls.install(context);
		TemplateMethodCalls.install(context);
		assertThat(context.getMethodResolvers()).singleElement().isInstanceOf(TemplateMethodCalls.Resolver.class);
	}

	private Throwable catchFrom(String text, StandardEvaluationContext context) {
		Expression expression = this.parser.parseExpression(text);
		Throwable first = catchThrowable(() -> expression.getValue(context));
		// the second time through the executor SpEL cached
		Throwable second = catchThrowable(() -> expression.getValue(context));
		assertThat(second).as(text).isNotNull().hasSameClassAs(first);
		return second;
	}

	private static StandardEvaluationContext context(Object item, boolean fast) {
		StandardEvaluationContext context = new StandardEvaluationContext();
		context.setVariable("item", item);
		if (fast) {
			TemplateMethodCalls.install(context);
		}
		return context;
	}

	public record Item(String name, List<String> tags, @Nullable String note) {

		public static Item of() {
			return new Item("static", List.of(), null);
		}

		public Item self() {
			return this;
		}

		public String broken() {
			throw new IllegalStateException("broken on purpose");
		}

	}

	public record Other(String name) {
	}

}
