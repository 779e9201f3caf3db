// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/expected.h"
#include "app/core/fileerror.h"
#include "ui/export/exportsource.h"

#include <QImage>
#include <QString>
#include <atomic>

namespace at {

enum class ExportFormat { Png, Svg, Pdf };

// The format the file name asks for, or nullopt with a message for an unknown extension.
std::optional<ExportFormat> exportFormatFor(const QString &path, QString *error = nullptr);

// Renders the source into an image of request.size * request.scale device pixels (GUI thread).
QImage renderExportImage(const ExportSource &source, const ExportRequest &request);

// Every export is saved through AtomicFile (app/core/atomicfile.h): the file appears complete, synced to
// disk, or not at all, and a previous file of the name stays as it was after a failure.

// Encodes an image as PNG straight into the file. May run off the GUI thread. `cancel`, when set during
// the write, abandons it and leaves no file (the error then says "cancelled").
Expected<void, FileError> writePngAtomically(const QImage &image, const QString &path,
                                             const std::atomic_bool *cancel = nullptr);

// Renders and writes SVG or PDF (vector) straight into the file (GUI thread).
Expected<void, FileError> writeVectorExport(const ExportSource &source, const ExportRequest &request,
                                            ExportFormat format, const QString &path);

// The whole export in one call, for the command line and tests: render, encode, write.
Expected<void, FileError> exportToFile(const ExportSource &source, const ExportRequest &request,
                                       const QString &path);

} // namespace at
