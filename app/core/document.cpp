// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/document.h"

namespace at {

Document::Document(QObject *parent) : QObject(parent), m_dataset(std::make_shared<Dataset>()) {}

void Document::setDataset(std::shared_ptr<const Dataset> dataset, const QString &origin,
                          const QString &identity)
{
    Q_ASSERT(dataset);
    Q_EMIT aboutToReplace();
    m_dataset = std::move(dataset);
    m_origin = origin;
    m_identity = identity.isEmpty() ? origin : identity;
    Q_EMIT replaced();
}

} // namespace at
