// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/export/exportwriter.h"

#include "ui/export/pngencoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cerrno>

namespace at {
namespace {

// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct WriterText {
    Q_DECLARE_TR_FUNCTIONS(at::ExportWriter)
};

// QFileDevice often says only "Unknown error" after a failed buffered write; the system's errno says why
// ("No space left on device"). Read right after the failing call.
QString reason(const QSaveFile &file, int savedErrno)
{
    return savedErrno != 0 ? qt_error_string(savedErrno) : file.errorString();
}

// QSaveFile::commit() reports success after a failed buffered write (QTBUG-75077),
// so every write and the flush are checked before committing; a failure cancels and leaves no file.
QString saveAtomically(const QString &path, const QByteArray &bytes, const std::atomic_bool *cancel)
{
    const QFileInfo info(path);
    if (info.isDir())
        return WriterText::tr("cannot write %1: it is a folder").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return WriterText::tr("cannot write %1: %2").arg(path, file.errorString());
    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        if (cancel && cancel->load()) {
            file.cancelWriting();
            return WriterText::tr("cancelled");
        }
        const qsizetype n = qMin(chunk, bytes.size() - at);
        errno = 0;
        if (file.write(bytes.constData() + at, n) != n) {
            const QString why = reason(file, errno);
            file.cancelWriting();
            return WriterText::tr("cannot write %1: %2").arg(path, why);
        }
    }
    errno = 0;
    if (!file.flush()) {
        const QString why = reason(file, errno);
        file.cancelWriting();
        return WriterText::tr("cannot write %1: %2").arg(path, why);
    }
    errno = 0;
    if (!file.commit())
        return WriterText::tr("cannot write %1: %2").arg(path, reason(file, errno));
    return {};
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

QString writePngAtomically(const QImage &image, const QString &path, const std::atomic_bool *cancel)
{
    QByteArray bytes;
    if (!encodePng(image, &bytes))
        return WriterText::tr("cannot encode the image as PNG");
    if (cancel && cancel->load())
        return WriterText::tr("cancelled");
    return saveAtomically(path, bytes, cancel);
}

QString writeVectorExport(const ExportSource &source, const ExportRequest &request, ExportFormat format,
                          const QString &path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString title = request.title.isEmpty() ? source.defaultTitle(request.locale) : request.title;
    if (format == ExportFormat::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
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
        QPdfWriter pdf(&buffer);
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
    buffer.close();
    return saveAtomically(path, bytes, nullptr);
}

QString exportToFile(const ExportSource &source, const ExportRequest &request, const QString &path)
{
    QString error;
    const auto format = exportFormatFor(path, &error);
    if (!format)
        return error;
    if (*format == ExportFormat::Png)
        return writePngAtomically(renderExportImage(source, request), path);
    return writeVectorExport(source, request, *format, path);
}

} // namespace at
