// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/workspacelocation.h"

#include "app/core/annotations/annotationstore.h"
#include "app/core/annotations/postgresworkspace.h"

namespace at {

Expected<void, StoreError> openWorkspaceLocation(AnnotationStore &store, const QString &location,
                                                 const QString &password)
{
    if (!TeamLocation::isTeamUri(location))
        return store.open(location);
    const auto team = TeamLocation::parse(location);
    if (!team)
        return Unexpected(team.error());
    auto opened = PostgresWorkspace::open(*team, password);
    if (!opened)
        return Unexpected(opened.error());
    return store.adopt(std::move(opened).value());
}

} // namespace at
