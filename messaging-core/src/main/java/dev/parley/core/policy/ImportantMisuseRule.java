package dev.parley.core.policy;

/**
 * {@code IMPORTANT_MISUSE} (SPEC §4.2): {@code [Important]} in the subject (any case,
 * spacing or bracket look-alike) of a message whose action is not critical. The product
 * adds the tag to critical messages itself. Span 0..0; the excerpt is the tag.
 */
final class ImportantMisuseRule implements Rule {

	@Override
	public RuleId id() {
		return RuleId.IMPORTANT_MISUSE;
	}

	@Override
	public void check(Inspection inspection, Findings findings) {
		if (!inspection.importantTag().isEmpty() && !inspection.action().isCritical()) {
			findings.general(id(), "", inspection.importantTag(), inspection.importantTag());
		}
	}

}
