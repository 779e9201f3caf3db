// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/network/networkviewdescriptor.h"

#include "ui/network/networkexport.h"
#include "ui/network/networkview.h"

namespace at {

ViewDescriptor networkView()
{
    ViewDescriptor view;
    view.name = QStringLiteral("network");
    view.title = [] { return NetworkView::tr("Alliance Network"); };
    view.create = [](const ViewContext &context) {
        auto *network = new NetworkView(context.document, context.state);
        network->setObjectName(QStringLiteral("network"));
        network->setLocale(context.locale);
        network->setContextMenuPolicy(Qt::ActionsContextMenu);
        return network;
    };
    view.exporter = [](QWidget *widget, const ViewContext &) -> std::unique_ptr<ExportSource> {
        return std::make_unique<NetworkExport>(static_cast<NetworkView *>(widget));
    };
    view.prepareHidden = [](QWidget *widget, QSize size) {
        auto *network = static_cast<NetworkView *>(widget);
        network->resize(size);
        // A picture needs the layout, which a big network computes on a worker thread.
        network->waitForLayout();
    };
    view.placement = ViewPlacement::dock(Qt::BottomDockWidgetArea, QStringLiteral("networkDock"),
                                         QStringLiteral("microblogShareDock"));
    return view;
}

} // namespace at
