// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/export/dataexport.h"

#include "app/core/atomicfile.h"

#include <QFileInfo>

namespace at {

bool isDataExportPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"csv", Qt::CaseInsensitive) == 0;
}

Expected<void, FileError> writeDataExport(const ExportSource &source, const ExportRequest &request,
                                          const QString &path)
{
    return writeFileAtomically(path, source.table(request).toCsv());
}

} // namespace at
