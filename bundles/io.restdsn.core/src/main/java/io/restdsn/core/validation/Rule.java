package io.restdsn.core.validation;

import java.util.List;

/** One family of checks; rules are independent so each stays small and testable through the validator. */
interface Rule {

	void check(Subject s, List<Problem> out);
}
