package dev.parley.core.policy;

/**
 * {@code SUBJECT_TOO_LONG} (SPEC §4.4): a subject over 200 characters (as typed, trimmed,
 * before the product adds {@code [Important]}). Span 0..0; the excerpt is the end that
 * goes over.
 */
final class SubjectTooLongRule implements Rule {

	@Override
	public RuleId id() {
		return RuleId.SUBJECT_TOO_LONG;
	}

	@Override
	public void check(Inspection inspection, Findings findings) {
		int max = inspection.limits().maxSubjectChars();
		String subject = inspection.subject();
		if (!inspection.standardText() && subject.length() > max) {
			String over = subject.substring(max);
			findings.general(id(), "", (over.length() > 40) ? over.substring(0, 40) : over, subject.length(), max);
		}
	}

}
