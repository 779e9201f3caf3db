// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "ui/viewregistry/viewregistry.h"

namespace at {

// The alliance network as a view of the registry: "network" on the command line, a dock below the timeline
// tabbed with the charts, exported as the network as of the time cursor (--at on the command line).
ViewDescriptor networkView();

} // namespace at
