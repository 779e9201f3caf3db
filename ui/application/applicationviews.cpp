// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/application/applicationviews.h"

#include "ui/exportviews/builtinviews.h"
#include "ui/network/networkviewdescriptor.h"

namespace at {

ViewRegistry applicationViews()
{
    ViewRegistry views;
    views.add(timelineView());
    views.add(userCountView());
    views.add(marketShareView(Sector::InstantMessaging));
    views.add(marketShareView(Sector::Microblog));
    views.add(networkView());
    return views;
}

} // namespace at
