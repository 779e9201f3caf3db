// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/export/exportwriter.h"

#include "app/core/atomicfile.h"
#include "ui/export/pngencoder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace at {
namespace {

// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct WriterText {
    Q_DECLARE_TR_FUNCTIONS(at::ExportWriter)
};

FileError cancelled()
{
    return FileError{{}, WriterText::tr("cancelled")};
}

} // namespace

std::optional<ExportFormat> exportFormatFor(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return ExportFormat::Png;
    if (suffix == u"svg")
        return ExportFormat::Svg;
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    if (error)
        *error = WriterText::tr("%1: unknown format; use a file name ending in .png, .svg or .pdf").arg(path);
    return std::nullopt;
}

QImage renderExportImage(const ExportSource &source, const ExportRequest &request)
{
    const QSize pixels = (QSizeF(request.size) * request.scale).toSize();
    // RGB32: no alpha channel to encode, which makes the PNG smaller and faster to write.
    QImage image(pixels, QImage::Format_RGB32);
    image.setDevicePixelRatio(request.scale);
    image.fill(request.dark ? QColor(0x20, 0x22, 0x25) : QColor(Qt::white));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    source.render(painter, request.size, request);
    painter.end();
    return image;
}

Expected<void, FileError> writePngAtomically(const QImage &image, const QString &path,
                                             const std::atomic_bool *cancel)
{
    return writeFileAtomically(path, [&](QIODevice &out) -> Expected<void, FileError> {
        if (encodePng(image, &out, cancel))
            return {};
        if (cancel && cancel->load())
            return Unexpected(cancelled());
        return Unexpected(FileError{{}, WriterText::tr("cannot encode the image as PNG; nothing was saved")});
    });
}

Expected<void, FileError> writeVectorExport(const ExportSource &source, const ExportRequest &request,
                                            ExportFormat format, const QString &path)
{
    const QString title = request.title.isEmpty() ? source.defaultTitle(request.locale) : request.title;
    return writeFileAtomically(path, [&](QIODevice &out) -> Expected<void, FileError> {
        if (format == ExportFormat::Svg) {
            QSvgGenerator svg;
            svg.setOutputDevice(&out);
            svg.setSize(request.size);
            svg.setViewBox(QRect(QPoint(0, 0), request.size));
            svg.setTitle(title);
            svg.setDescription(WriterText::tr("Exported by Alliance Timeline"));
            QPainter painter(&svg);
            painter.fillRect(QRect(QPoint(0, 0), request.size),
                             request.dark ? QColor(0x20, 0x22, 0x25) : QColor(Qt::white));
            source.render(painter, request.size, request);
            painter.end();
        } else {
            QPdfWriter pdf(&out);
            pdf.setTitle(title);
            pdf.setCreator(QStringLiteral("Alliance Timeline"));
            // One page of exactly the requested size, at 96 dpi so that pixels map to points predictably.
            pdf.setResolution(96);
            pdf.setPageSize(QPageSize(QSizeF(request.size) / 96.0 * 72.0, QPageSize::Point));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&pdf);
            const QSize target(pdf.width(), pdf.height());
            painter.scale(qreal(target.width()) / request.size.width(),
                          qreal(target.height()) / request.size.height());
            painter.fillRect(QRect(QPoint(0, 0), request.size),
                             request.dark ? QColor(0x20, 0x22, 0x25) : QColor(Qt::white));
            source.render(painter, request.size, request);
            painter.end();
        }
        return {}; // a failed write to `out` is the device's, reported with its reason
    });
}

Expected<void, FileError> exportToFile(const ExportSource &source, const ExportRequest &request,
                                       const QString &path)
{
    QString error;
    const auto format = exportFormatFor(path, &error);
    if (!format)
        return Unexpected(FileError{{}, error}); // the message names the file
    if (*format == ExportFormat::Png)
        return writePngAtomically(renderExportImage(source, request), path);
    return writeVectorExport(source, request, *format, path);
}

} // namespace at
