// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/report/reportwriter.h"

#include "app/core/atomicfile.h"
#include "app/core/document.h"
#include "app/core/timeextent.h"
#include "app/core/viewstate.h"
#include "ui/export/exportwriter.h"
#include "ui/viewregistry/viewregistry.h"

#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QWidget>
#include <map>
#include <memory>

namespace at {
namespace {

QString viewName(ReportFigure::View view)
{
    switch (view) {
    case ReportFigure::View::Timeline:
        return QStringLiteral("timeline");
    case ReportFigure::View::UserCounts:
        return QStringLiteral("users");
    }
    return {};
}

// Every picture as wide as the text: the Markdown reader knows nothing of sizes.
void fitImages(QTextDocument &doc, qreal width)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            image.setWidth(width);
            QTextCursor cursor(&doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace

ReportWriter::ReportWriter(const ViewRegistry &views, const Document &document, const QLocale &locale,
                           bool dark)
    : m_views(views), m_document(document), m_locale(locale), m_dark(dark)
{}

AnnotationReportDocument ReportWriter::plan(const QList<Annotation> &annotations) const
{
    return annotationReportWithFigures(annotations, m_document.dataset(), m_locale);
}

Expected<void, FileError> ReportWriter::drawFigures(const QList<ReportFigure> &figures, const FigureUse &use,
                                                    const Progress &progress) const
{
    // The views draw every company; the share charts and the network are not in the report. Each view
    // has a state of its own, so that what one writes there (the timeline its range) does not change what
    // another draws: a picture is the same whichever came before it.
    struct Built {
        std::unique_ptr<ViewState> state;
        std::unique_ptr<QWidget> widget;
    };
    std::map<QString, Built> built;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        if (progress && !progress(int(i), int(figures.size())))
            return Unexpected(FileError{{}, tr("cancelled")});
        const ReportFigure &figure = figures[i];
        const ViewDescriptor *view = m_views.find(viewName(figure.view));
        if (!view)
            return Unexpected(FileError{{}, tr("this program has no view to draw %1").arg(figure.fileName)});
        Built &b = built[view->name];
        if (!b.widget) {
            b.state = std::make_unique<ViewState>();
            b.state->setCurrentTime(timeExtent(m_document.dataset()).to);
            b.widget = ViewRegistry::createHidden(*view, {&m_document, b.state.get(), m_locale, nullptr},
                                                  m_figureSize);
        }
        const ViewContext context{&m_document, b.state.get(), m_locale, nullptr};
        QWidget *widget = b.widget.get();
        const std::unique_ptr<ExportSource> source = view->exporter(widget, context);
        ExportRequest request;
        request.size = m_figureSize;
        request.locale = m_locale;
        request.dark = m_dark;
        request.title = figure.caption;
        request.from = figure.from;
        request.to = figure.to;
        request.annotations = figure.annotations;
        if (auto used = use(figure, renderExportImage(*source, request)); !used)
            return used;
    }
    if (progress)
        progress(int(figures.size()), int(figures.size()));
    return {};
}

Expected<void, FileError> ReportWriter::writeFolder(const QList<Annotation> &annotations,
                                                    const QString &folder, const Progress &progress) const
{
    const AnnotationReportDocument report = plan(annotations);
    return writeFolderAtomically(
        folder, isReportFileName, [&](const QString &temporary) -> Expected<void, FileError> {
            if (auto written =
                    writeFileAtomically(temporary + u'/' + reportMarkdownName(), report.markdown.toUtf8());
                !written)
                return written;
            return drawFigures(
                report.figures,
                [&](const ReportFigure &figure, const QImage &image) {
                    return writePngAtomically(image, temporary + u'/' + figure.fileName);
                },
                progress);
        });
}

Expected<void, FileError> ReportWriter::writePdf(const QList<Annotation> &annotations, const QString &file,
                                                 const Progress &progress) const
{
    const AnnotationReportDocument report = plan(annotations);
    QList<QImage> images;
    auto drawn = drawFigures(
        report.figures,
        [&](const ReportFigure &, const QImage &image) -> Expected<void, FileError> {
            images << image;
            return {};
        },
        progress);
    if (!drawn) {
        FileError e = drawn.error();
        e.path = QDir::toNativeSeparators(file);
        e.message = tr("%1; nothing was saved").arg(e.message);
        return Unexpected(e);
    }
    const QString title = tr("Annotation report");
    return writeFileAtomically(file, [&](QIODevice &out) -> Expected<void, FileError> {
        printPdf(report, images, &out, title);
        return {};
    });
}

void ReportWriter::printPdf(const AnnotationReportDocument &report, const QList<QImage> &images,
                            QIODevice *out, const QString &title)
{
    QPdfWriter writer(out);
    writer.setTitle(title);
    writer.setCreator(QCoreApplication::applicationName());
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QTextDocument doc;
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setMarkdown(report.markdown);
    for (qsizetype i = 0; i < report.figures.size() && i < images.size(); ++i)
        doc.addResource(QTextDocument::ImageResource, QUrl(report.figures[i].fileName), images[i]);
    // The page in the document's units (1/96 inch), as printable as the writer's: print() scales it to
    // the paper.
    const QSizeF paper = writer.pageLayout().paintRect(QPageLayout::Inch).size() * 96;
    doc.setPageSize(paper);
    fitImages(doc, paper.width() - 2 * doc.documentMargin());
    doc.print(&writer);
}

} // namespace at
