// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/viewstate.h"

namespace at {

std::shared_ptr<const FilterScope> ViewState::scope(const std::shared_ptr<const Dataset> &dataset) const
{
    if (!dataset)
        return std::make_shared<const FilterScope>();
    if (!m_scope || m_scopeDataset.lock() != dataset) {
        m_scope = std::make_shared<const FilterScope>(*dataset, m_filter);
        m_scopeDataset = dataset;
    }
    return m_scope;
}

} // namespace at
