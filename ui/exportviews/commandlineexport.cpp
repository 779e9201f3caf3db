// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/exportviews/commandlineexport.h"

#include "app/core/document.h"
#include "app/core/timeextent.h"
#include "app/core/viewstate.h"
#include "ui/charts/marketsharechart.h"
#include "ui/charts/usercountchart.h"
#include "ui/export/exportwriter.h"
#include "ui/exportviews/viewexports.h"
#include "ui/timeline/timelineview.h"

#include <memory>

namespace at {

int runCommandLineExports(const CommandLine &commandLine, const Document &document, const QLocale &locale,
                          bool dark, QStringList *errors)
{
    ViewState state;
    const bool ranged = commandLine.to > commandLine.from;
    if (ranged) {
        state.setVisibleRange(commandLine.from, commandLine.to);
        // The share charts show the market as of the end of the range.
        state.setCurrentTime(commandLine.to);
    } else {
        // Without a range, the share charts show the latest record.
        state.setCurrentTime(timeExtent(document.dataset()).to);
    }

    // Built on first use: an export of one chart does not pay for the timeline.
    std::unique_ptr<TimelineView> timeline;
    std::unique_ptr<UserCountChart> users;
    std::unique_ptr<MarketShareChart> imShare;
    std::unique_ptr<MarketShareChart> microblogShare;
    auto sourceFor = [&](const QString &view) -> std::unique_ptr<ExportSource> {
        if (view == u"timeline") {
            if (!timeline) {
                timeline = std::make_unique<TimelineView>(&document, &state);
                timeline->setLocale(locale);
                timeline->resize(commandLine.size); // it takes the range from the state
            }
            return std::make_unique<TimelineExport>(&document, timeline.get());
        }
        if (view == u"users") {
            if (!users) {
                users = std::make_unique<UserCountChart>(&document, &state);
                users->setLocale(locale);
                users->resize(commandLine.size);
                // The axes work out their ticks in a replot; a hidden chart has not had one yet.
                users->replot();
            }
            return std::make_unique<UserCountExport>(users.get());
        }
        std::unique_ptr<MarketShareChart> &chart = view == u"im-share" ? imShare : microblogShare;
        if (!chart) {
            chart = std::make_unique<MarketShareChart>(
                &document, &state, view == u"im-share" ? Sector::InstantMessaging : Sector::Microblog);
            chart->setLocale(locale);
            chart->resize(commandLine.size);
        }
        return std::make_unique<MarketShareExport>(chart.get());
    };

    int failures = 0;
    for (const CommandLine::Export &e : commandLine.exports) {
        const std::unique_ptr<ExportSource> source = sourceFor(e.view);
        ExportRequest request;
        request.size = commandLine.size;
        request.locale = locale;
        request.dark = dark;
        request.from = commandLine.from;
        request.to = commandLine.to;
        const QString error = exportToFile(*source, request, e.out);
        if (!error.isEmpty()) {
            errors->append(error);
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}

} // namespace at
