// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/exportviews/builtinviews.h"

#include "ui/charts/marketsharechart.h"
#include "ui/charts/usercountchart.h"
#include "ui/exportviews/viewexports.h"
#include "ui/timeline/timelineview.h"

#include <QCoreApplication>

namespace at {
namespace {
struct ViewTitles {
    Q_DECLARE_TR_FUNCTIONS(at::ViewTitles)
};
} // namespace

ViewDescriptor timelineView()
{
    ViewDescriptor view;
    view.name = QStringLiteral("timeline");
    view.title = [] { return ViewTitles::tr("Timeline"); };
    view.create = [](const ViewContext &context) {
        auto *timeline = new TimelineView(context.document, context.state);
        timeline->setObjectName(QStringLiteral("timeline"));
        timeline->setLocale(context.locale);
        timeline->setAnnotationStore(context.annotations);
        return timeline;
    };
    view.exporter = [](QWidget *widget, const ViewContext &context) -> std::unique_ptr<ExportSource> {
        return std::make_unique<TimelineExport>(context.document, static_cast<TimelineView *>(widget));
    };
    view.shownRange = [](const QWidget *widget) -> std::optional<ShownRange> {
        const auto *timeline = static_cast<const TimelineView *>(widget);
        return ShownRange{timeline->visibleFrom(), timeline->visibleTo()};
    };
    view.placement = ViewPlacement::central();
    return view;
}

ViewDescriptor userCountView()
{
    ViewDescriptor view;
    view.name = QStringLiteral("users");
    view.title = [] { return ViewTitles::tr("User Counts"); };
    view.create = [](const ViewContext &context) {
        auto *chart = new UserCountChart(context.document, context.state);
        chart->setLocale(context.locale);
        chart->setAnnotationStore(context.annotations);
        chart->setContextMenuPolicy(Qt::ActionsContextMenu);
        return chart;
    };
    view.exporter = [](QWidget *widget, const ViewContext &) -> std::unique_ptr<ExportSource> {
        return std::make_unique<UserCountExport>(static_cast<UserCountChart *>(widget));
    };
    view.shownRange = [](const QWidget *widget) -> std::optional<ShownRange> {
        const QCPRange range = static_cast<const UserCountChart *>(widget)->xAxis->range();
        return ShownRange{range.lower, range.upper};
    };
    view.prepareHidden = [](QWidget *widget, QSize size) {
        auto *chart = static_cast<UserCountChart *>(widget);
        chart->resize(size);
        // The axes work out their ticks in a replot; a hidden chart has not had one yet.
        chart->replot();
    };
    view.placement = ViewPlacement::dock(Qt::BottomDockWidgetArea, QStringLiteral("userCountsDock"));
    return view;
}

ViewDescriptor marketShareView(Sector sector)
{
    const bool im = sector == Sector::InstantMessaging;
    ViewDescriptor view;
    view.name = im ? QStringLiteral("im-share") : QStringLiteral("microblog-share");
    if (im)
        view.title = [] { return ViewTitles::tr("IM Market Share"); };
    else
        view.title = [] { return ViewTitles::tr("Microblog Market Share"); };
    view.create = [sector](const ViewContext &context) {
        auto *chart = new MarketShareChart(context.document, context.state, sector);
        chart->setLocale(context.locale);
        chart->setContextMenuPolicy(Qt::ActionsContextMenu);
        return chart;
    };
    view.exporter = [](QWidget *widget, const ViewContext &) -> std::unique_ptr<ExportSource> {
        return std::make_unique<MarketShareExport>(static_cast<MarketShareChart *>(widget));
    };
    view.placement = ViewPlacement::dock(
        Qt::BottomDockWidgetArea, im ? QStringLiteral("imShareDock") : QStringLiteral("microblogShareDock"),
        im ? QStringLiteral("userCountsDock") : QStringLiteral("imShareDock"));
    return view;
}

} // namespace at
