/** 报告文本审核 / Declared figures from a report text, and their audit. */
package org.fazhi.governance.text;
