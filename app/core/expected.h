// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The one way a function returns a value or says why it could not: Expected<T, E> holds either a T or an
// error E, as std::expected does in C++23 (which GCC 12 offers only in C++23 mode; the project builds as
// C++20). Errors are values with their own types: QList<LoadError> for input files, StoreError for
// workspaces, FileError for files written. Neither an empty QString nor a bool means success anywhere.
//
//     Expected<int, FileError> parse(...);
//     if (auto n = parse(...); !n)
//         report(n.error());
//     else
//         use(*n);
#pragma once

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace at {

// The error side, so that `return Unexpected(error);` reads as what it is.
template <typename E> struct Unexpected {
    E error;
    explicit Unexpected(E e) : error(std::move(e)) {}
};

template <typename T, typename E> class [[nodiscard]] Expected {
public:
    using value_type = T;
    using error_type = E;

    Expected(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Expected(Unexpected<E> error) : m_data(std::in_place_index<1>, std::move(error.error)) {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); } // true on success, as std::expected

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    template <typename U> T valueOr(U &&fallback) const
    {
        return hasValue() ? value() : T(std::forward<U>(fallback));
    }

    E &error() & { return std::get<1>(m_data); }
    const E &error() const & { return std::get<1>(m_data); }
    E &&error() && { return std::get<1>(std::move(m_data)); }

private:
    std::variant<T, E> m_data;
};

// Success carries nothing: `return {};` is success, `return Unexpected(error);` a failure.
template <typename E> class [[nodiscard]] Expected<void, E> {
public:
    using value_type = void;
    using error_type = E;

    Expected() = default;
    Expected(Unexpected<E> error) : m_error(std::move(error.error)) {}

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }

    E &error() & { return *m_error; }
    const E &error() const & { return *m_error; }
    E &&error() && { return *std::move(m_error); }

private:
    std::optional<E> m_error;
};

} // namespace at
