// Copyright (c) 2026 Taizhang developers. Licensed under Mulan PSL v2.
#include "support/catchqt.h"

#include "core/residents/masking.h"
#include "core/residents/phonenumber.h"
#include "core/residents/pinyin.h"
#include "core/residents/residentid.h"

using namespace tz;

TEST_CASE("GB 11643 check digits: the standard's examples are valid", "[residentid]")
{
    Result<ResidentId> a = ResidentId::parse(u"11010519491231002X");
    REQUIRE(a.ok());
    CHECK(a->birthDate() == QDate(1949, 12, 31));
    CHECK_FALSE(a->isMale());
    CHECK(a->regionCode() == QStringLiteral("110105"));
    Result<ResidentId> b = ResidentId::parse(u" 440524188001010014 ");
    REQUIRE(b.ok());
    CHECK(b->isMale());
    CHECK(ResidentId::parse(u"11010519491231002x")->text() == QStringLiteral("11010519491231002X"));
    const QString first17 = QStringLiteral("45120219800101123");
    CHECK(ResidentId::parse(first17 + ResidentId::checkDigit(first17)).ok());
}

TEST_CASE("ID numbers that are wrong say how", "[residentid]")
{
    const auto message = [](const char *text) {
        Result<ResidentId> id = ResidentId::parse(QString::fromLatin1(text));
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field == QStringLiteral("idNumber"));
        return id.error().message;
    };
    CHECK(message("110105491231002").contains(QStringLiteral("15"))); // old 15-digit number
    CHECK(message("110105194912310021").contains(QStringLiteral("check"))); // wrong check digit
    CHECK(message("1101051949123100").contains(QStringLiteral("18"))); // too short
    CHECK(message("11010519491331002X").contains(QStringLiteral("date"))); // month 13
    CHECK(message("11010520991231002X").contains(QStringLiteral("future"))); // born in 2099
    CHECK(message("1101051949123100A2").contains(QStringLiteral("digit")));
    CHECK(message("").contains(QStringLiteral("Enter")));
}

TEST_CASE("mobile and landline numbers are checked and normalised", "[phone]")
{
    CHECK(PhoneNumber::parse(u"138 0778 1234")->text() == QStringLiteral("13807781234"));
    CHECK(PhoneNumber::parse(u"+86 138-0778-1234")->text() == QStringLiteral("13807781234"));
    CHECK(PhoneNumber::parse(u"13807781234")->isMobile());
    CHECK(PhoneNumber::parse(u"0778-2281234")->text() == QStringLiteral("0778-2281234"));
    CHECK(PhoneNumber::parse(u"07782281234")->text() == QStringLiteral("0778-2281234"));
    CHECK(PhoneNumber::parse(u"010-12345678")->text() == QStringLiteral("010-12345678"));
    CHECK(PhoneNumber::parse(u"0778-2281234-801")->text() == QStringLiteral("0778-2281234-801"));
    CHECK_FALSE(PhoneNumber::parse(u"0778-2281234")->isMobile());
    CHECK(PhoneNumber::parse(u"12345").error().field == QStringLiteral("phone"));
    CHECK_FALSE(PhoneNumber::parse(u"1380778123").ok()); // 10 digits
    CHECK_FALSE(PhoneNumber::parse(u"12807781234").ok()); // 12x is not a mobile prefix
    CHECK_FALSE(PhoneNumber::parse(u"2281234").ok()); // no area code
    CHECK_FALSE(PhoneNumber::parse(u"138abc").ok());
}

TEST_CASE("lists show sensitive fields masked", "[masking]")
{
    CHECK(masking::idNumber(u"451202198001011234") == QStringLiteral("4512**********1234"));
    CHECK(masking::phone(u"13856785678") == QStringLiteral("138****5678"));
    CHECK(masking::phone(u"0778-2281234") == QStringLiteral("0778-***1234"));
    CHECK(masking::name(u"黎承辉") == QStringLiteral("黎*辉"));
    CHECK(masking::name(u"王五") == QStringLiteral("王*"));
    CHECK(masking::name(u"欧阳娜娜") == QStringLiteral("欧**娜"));
    CHECK(masking::idNumber(u"123") == QStringLiteral("***"));
    CHECK(masking::phone(u"123") == QStringLiteral("***"));
    CHECK(masking::idNumber(u"").isEmpty());
}

TEST_CASE("pinyin for names and places, with the polyphones ICU gets wrong", "[pinyin]")
{
    CHECK(Pinyin::fullForName(u"黎承辉") == QStringLiteral("li cheng hui"));
    CHECK(Pinyin::initialsForName(u"黎承辉") == QStringLiteral("lch"));
    CHECK(Pinyin::fullForName(u"单田芳").startsWith(QStringLiteral("shan ")));
    CHECK(Pinyin::fullForName(u"曾志伟").startsWith(QStringLiteral("zeng ")));
    CHECK(Pinyin::initialsForName(u"覃美兰") == QStringLiteral("qml"));
    CHECK(Pinyin::fullForName(u"尉迟恭").startsWith(QStringLiteral("yu chi ")));
    CHECK(Pinyin::fullForPlace(u"都安瑶族自治县").startsWith(QStringLiteral("du an ")));
    CHECK(Pinyin::full(u"3号楼").contains(QStringLiteral("hao")));
    CHECK(Pinyin::initials(u"路灯维修") == QStringLiteral("ldwx"));
}
