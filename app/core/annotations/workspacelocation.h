// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/storeerror.h"

#include <QString>

namespace at {

class AnnotationStore;

// Opens a workspace file, or a team workspace by its address (postgresql://USER@HOST/DATABASE?workspace=NAME,
// see TeamLocation), in `store`; on failure the store keeps what it had open. `password` is for a server
// whose password libpq does not find by itself (its password file).
Expected<void, StoreError> openWorkspaceLocation(AnnotationStore &store, const QString &location,
                                                 const QString &password = {});

} // namespace at
