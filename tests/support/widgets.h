// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
// Finding the widgets of a screen in widget tests.
#pragma once

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace tz::test {

// The descendant of `parent` with this object name; the test stops when there is none.
template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// Clicks the button with this object name in the next application-modal window (a question box
// opened by exec()) once it shows; `answered` turns true when it did.
inline void answerNextModal(const char *buttonName, const std::shared_ptr<bool> &answered)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, buttonName, answered, tries] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *button = modal ? modal->findChild<QAbstractButton *>(QString::fromLatin1(buttonName)) : nullptr;
        if (button || ++*tries > 300) {
            poll->stop();
            poll->deleteLater();
            if (button) {
                *answered = true;
                button->click();
            }
        }
    });
    poll->start();
}

} // namespace tz::test
