// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/network/networkgraph.h"
#include "app/core/network/networklayout.h"

namespace at {

// Everything about a dataset's network that does not depend on the time cursor, the filter or the metric:
// built once per dataset (off the GUI thread when it is big) and shared by the view and its exports.
struct NetworkData {
    NetworkGraph graph;
    NetworkLayout layout;
};

// Builds the graph (a few per cent of the work) and lays it out. Cancelled through `control`.
Expected<NetworkData, LayoutError> buildNetworkData(const Dataset &dataset,
                                                    const LayoutControl &control = {});

} // namespace at
