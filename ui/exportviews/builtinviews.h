// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"
#include "ui/viewregistry/viewregistry.h"

namespace at {

// The views that come with the application, each declared once (ui/application/applicationviews.cpp adds
// them to the registry): the timeline in the middle, the user-count chart and the two market-share charts
// in docks below it.
ViewDescriptor timelineView();
ViewDescriptor userCountView();
ViewDescriptor marketShareView(Sector sector); // InstantMessaging or Microblog

} // namespace at
