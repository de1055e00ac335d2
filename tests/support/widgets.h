// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Finding the widgets of a screen in widget tests.
#pragma once

#include <catch2/catch.hpp>

#include <QString>
#include <QWidget>

namespace tz::test {

// The descendant of `parent` with this object name; the test stops when there is none.
template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

} // namespace tz::test
