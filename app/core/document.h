// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"

#include <QObject>
#include <memory>

namespace at {

// The dataset the window shows. It is replaced whole (a load, an import, a reload of the embedded one),
// never edited in place, so views holding the old pointer while painting stay valid.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    const Dataset &dataset() const { return *m_dataset; }
    std::shared_ptr<const Dataset> sharedDataset() const { return m_dataset; }
    // Where the data came from, for the title bar and messages.
    QString origin() const { return m_origin; }
    // What was read, to tell reading the same again (the views keep their time window and cursor) from
    // reading another (shown whole): for files, importIdentity() of them; by default the origin.
    QString identity() const { return m_identity; }

    void setDataset(std::shared_ptr<const Dataset> dataset, const QString &origin,
                    const QString &identity = {});

Q_SIGNALS:
    void aboutToReplace();
    void replaced();

private:
    std::shared_ptr<const Dataset> m_dataset;
    QString m_origin;
    QString m_identity;
};

} // namespace at
