/** 命令行 / The fazhi command line. */
package org.fazhi.governance.cli;
