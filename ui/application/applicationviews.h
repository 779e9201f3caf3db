// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "ui/viewregistry/viewregistry.h"

namespace at {

// Every view of the application, in the order the menus, the export dialog and --help list them. The one
// place where views are registered: a new view adds its descriptor here.
ViewRegistry applicationViews();

} // namespace at
