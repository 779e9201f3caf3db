// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

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

// Encodes and writes an image as PNG, atomically: the file appears complete or not at all.
// May run off the GUI thread. Returns an empty string on success, else a one-line message.
// `cancel`, when set during the write, abandons it and leaves no file.
QString writePngAtomically(const QImage &image, const QString &path,
                           const std::atomic_bool *cancel = nullptr);

// Renders and writes SVG or PDF (vector), atomically (GUI thread). Returns an error message or empty.
QString writeVectorExport(const ExportSource &source, const ExportRequest &request, ExportFormat format,
                          const QString &path);

// The whole export in one call, for the command line and tests: render, encode, write.
QString exportToFile(const ExportSource &source, const ExportRequest &request, const QString &path);

} // namespace at
