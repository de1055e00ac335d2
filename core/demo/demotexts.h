// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#pragma once

#include <QList>
#include <QStringList>

// Pools of realistic Chinese text the demo ledger is written from: names common in 河池, the
// requests people bring to a township or village counter, and what handlers write back.
// Texts may hold the placeholders {name} {village} {township} {road} {grid} {days}; the demo case
// simulator fills them in. Every function returns a list built once, on first use.
namespace tz::demo {

// Surnames, repeated roughly by how often they occur in 河池 (韦, 覃, 黄, 蓝, 莫 … first).
const QStringList &surnames();
// Given names of one or two characters, men's and women's, older and younger generations.
const QStringList &givenNames();

struct RequestTemplate
{
    QString catalogName; // exactly a name in default-catalog.csv, or empty for a free-text request
    QString title; // short, as a clerk types it (at most 20 characters once filled in)
    QStringList descriptions; // 2–4 alternatives, reported speech as the clerk records it
    QStringList resolutions; // 2–3 alternatives, as the handler writes them when resolving
};

// Requests for most catalog items, then free-text requests outside the catalog.
const QList<RequestTemplate> &requestTemplates();
const QStringList &returnReasons(); // why a unit sends a case back (退回)
const QStringList &escalationReasons(); // why a case goes one level up (提级)
const QStringList &noteTexts(); // progress notes a handler adds
const QStringList &followUpRemarks(); // what citizens say at the follow-up call (回访)
const QStringList &roadNames(); // roads and places in a village, also used in addresses
const QStringList &gridNames(); // grid names of a village
const QStringList &departmentsForTownship(); // 职能部门 of a township

} // namespace tz::demo
