package org.formdesk.form;

import jakarta.validation.constraints.NotBlank;

/**
 * A table whose rows are scored indicators (三级指标 a project writes itself): each row's {@code score}
 * cell out of its {@code max} cell, under a group (一级指标) that is either the same for every row
 * ({@code group}) or read from a column ({@code groupColumn}). The summary lists every row under its group,
 * and the rows' scores count towards the form's total.
 */
public record RowIndicators(String group, String groupColumn, @NotBlank String max, @NotBlank String score,
                            String reason) {
}
