// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/application/commandlineexport.h"

#include "app/core/document.h"
#include "app/core/timeextent.h"
#include "app/core/viewstate.h"
#include "ui/export/dataexport.h"
#include "ui/export/exportwriter.h"
#include "ui/report/reportwriter.h"
#include "ui/viewregistry/viewregistry.h"

#include <QWidget>
#include <map>
#include <memory>

namespace at {

Expected<void, QList<FileError>> runCommandLineExports(const ViewRegistry &views,
                                                       const CommandLine &commandLine,
                                                       const EventFilter &filter, const Document &document,
                                                       const QLocale &locale, bool dark,
                                                       const QList<Annotation> &annotations)
{
    ViewState state;
    state.setFilter(filter);
    if (commandLine.hasRange())
        state.setVisibleRange(commandLine.from, commandLine.to);
    if (commandLine.cursor) {
        // The share charts show the market as of the cursor.
        state.setCurrentTime(*commandLine.cursor);
    } else if (commandLine.hasRange()) {
        // ... or as of the end of the range.
        state.setCurrentTime(commandLine.to);
    } else {
        // Without a range, the share charts show the latest record.
        state.setCurrentTime(timeExtent(document.dataset()).to);
    }
    const ViewContext context{&document, &state, locale};

    // Built on first use, once: an export of one chart does not pay for the timeline.
    std::map<QString, std::unique_ptr<QWidget>> widgets;
    QList<FileError> errors;
    for (const CommandLine::Export &e : commandLine.exports) {
        const ViewDescriptor *view = views.find(e.view);
        Q_ASSERT(view); // the parser accepts registered names only
        std::unique_ptr<QWidget> &widget = widgets[e.view];
        if (!widget)
            widget = ViewRegistry::createHidden(*view, context, commandLine.size);
        const std::unique_ptr<ExportSource> source = view->exporter(widget.get(), context);
        ExportRequest request;
        request.size = commandLine.size;
        request.locale = locale;
        request.dark = dark;
        request.from = commandLine.from;
        request.to = commandLine.to;
        request.cursor = commandLine.cursor;
        request.annotations = annotations;
        const auto written = isDataExportPath(e.out) ? writeDataExport(*source, request, e.out)
                                                     : exportToFile(*source, request, e.out);
        if (!written)
            errors.append(written.error());
    }
    if (!commandLine.reports.isEmpty()) {
        ReportWriter report(views, document, locale, dark);
        for (const QString &path : commandLine.reports) {
            const bool pdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
            const auto written =
                pdf ? report.writePdf(annotations, path) : report.writeFolder(annotations, path);
            if (!written)
                errors.append(written.error());
        }
    }
    if (!errors.isEmpty())
        return Unexpected(errors);
    return {};
}

} // namespace at
