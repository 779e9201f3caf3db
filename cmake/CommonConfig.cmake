# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
# One INTERFACE target carries the language level, warnings and Qt strictness for our own code.
add_library(at_common INTERFACE)
target_compile_features(at_common INTERFACE cxx_std_20)
target_compile_options(at_common INTERFACE -Wall -Wextra -Wpedantic -Werror)
target_compile_definitions(at_common INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CONTEXTLESS_CONNECT QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS)

option(AT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(AT_SANITIZE)
  target_compile_options(at_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
  target_link_options(at_common INTERFACE -fsanitize=address,undefined)
endif()
