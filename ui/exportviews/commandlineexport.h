// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "ui/export/commandline.h"

#include <QLocale>
#include <QStringList>

namespace at {

class Document;

// Runs the exports the command line asked for (--export VIEW --out FILE, any number of pairs) on the
// document, in one start-up and without showing a window: each view is built once, hidden, at the
// requested size. Returns the process's exit code (0 when every file was written); each failure adds one
// line to `errors`. A failed export leaves no file; the others are still written.
int runCommandLineExports(const CommandLine &commandLine, const Document &document, const QLocale &locale,
                          bool dark, QStringList *errors);

} // namespace at
