// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/expected.h"
#include "app/core/fileerror.h"
#include "ui/application/commandline.h"

#include <QList>
#include <QLocale>

namespace at {

class Document;
class ViewRegistry;

// Runs the exports the command line asked for (--export VIEW --out FILE, any number of pairs) on the
// document, in one start-up and without showing a window: each view is built once from the registry,
// hidden, at the requested size. Every file is tried: a failed one leaves no file and adds its error, the
// others are still written.
// `filter` is the command line's, resolved against the document's dataset (resolveFilter()). A file
// ending in .csv gets the view's data, any other a picture. The pictures carry `annotations` (chosen with
// chooseAnnotations()), numbered, with their notes. Then each --report is written (ReportWriter): the
// annotation report of `annotations`, as a folder or, for a .pdf name, one PDF.
Expected<void, QList<FileError>> runCommandLineExports(const ViewRegistry &views,
                                                       const CommandLine &commandLine,
                                                       const EventFilter &filter, const Document &document,
                                                       const QLocale &locale, bool dark,
                                                       const QList<Annotation> &annotations = {});

} // namespace at
