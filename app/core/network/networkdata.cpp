// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/network/networkdata.h"

namespace at {

Expected<NetworkData, LayoutError> buildNetworkData(const Dataset &dataset, const LayoutControl &control)
{
    NetworkData data;
    control.report(0);
    data.graph = NetworkGraph::build(dataset);
    if (control.cancelled())
        return Unexpected(LayoutError::cancelled());
    control.report(5);
    LayoutControl rest = control;
    // The layout's own 0..100 is this build's 5..100; its "busy" (-1) passes through.
    if (control.progress)
        rest.progress = [&control](int percent) {
            control.report(percent < 0 ? percent : 5 + percent * 95 / 100);
        };
    auto layout = layoutNetwork(data.graph, rest);
    if (!layout)
        return Unexpected(layout.error());
    data.layout = std::move(*layout);
    return data;
}

} // namespace at
