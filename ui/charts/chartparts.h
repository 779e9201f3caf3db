// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

namespace at {

// What a chart's picture for export includes besides the chart itself (the export dialog's checkboxes).
struct ChartParts {
    bool legend = true;   // the series' names, or a share chart's key
    bool footnote = true; // the sources the figures rest on
};

} // namespace at
