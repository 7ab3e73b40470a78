package org.scamguard.android.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Package names from the project's app catalog ({@code shared/data/app-catalog.tsv}):
 * only entries of the {@code android_package} column that are real package names
 * ("(not found)" rows skipped, "a / b" rows split). The manifest's {@code <queries>}
 * lists exactly {@link #all()}; a host test keeps the two in step.
 *
 * <p>Why a list and not QUERY_ALL_PACKAGES: on API 30+ an app sees only the packages it
 * declares, and Play restricts QUERY_ALL_PACKAGES. Remote-control apps are checked for by
 * name in bank-app mode; the rest make installs/foreground events of those apps visible.
 */
public final class PackageCatalog {
    private PackageCatalog() {}

    /** Category {@code remote_control} of the catalog. */
    public static final List<String> REMOTE_CONTROL = list(
            "com.oray.sunlogin",
            "youqu.android.todesk",
            "com.netease.uuremote",
            "com.anydesk.anydeskandroid",
            "com.teamviewer.quicksupport.market",
            "com.teamviewer.host.market",
            "com.teamviewer.teamviewer.market.mobile",
            "com.carriez.flutter_hbb",
            "com.sand.airdroid",
            "com.sand.airmirror",
            "com.google.chromeremotedesktop",
            "com.vivo.remoteassistant");

    /** Category {@code screen_share_meeting} of the catalog. */
    public static final List<String> SCREEN_SHARE = list(
            "com.tencent.wemeet.app",
            "us.zoom.videomeetings",
            "com.alibaba.android.rimet",
            "com.ss.android.lark",
            "com.larksuite.suite",
            "com.tencent.wework",
            "com.huawei.welink",
            "com.huawei.welinknow",
            "com.microsoft.teams",
            "com.skype.raider",
            "com.google.android.apps.tachyon",
            "com.tencent.mobileqq");

    /** Category {@code bank} of the catalog. */
    public static final List<String> BANK = list(
            "com.icbc",
            "com.android.bankabc",
            "com.chinamworld.bocmbci",
            "com.chinamworld.main",
            "com.bankcomm.Bankcomm",
            "com.bankcomm.maidanba",
            "com.yitong.mbank.psbc",
            "cmb.pb",
            "com.cmbchina.ccd.pluto.cmbActivity",
            "com.ecitic.bank.mobile",
            "com.citiccard.mobilebank",
            "cn.com.spdb.mobilebank.per",
            "com.spdbccc.app",
            "com.cebbank.mobile.cemb",
            "cn.com.cmbc.newmbank",
            "com.cib.cibmb",
            "com.cgbchina.xpt",
            "com.pingan.paces.ccms",
            "com.webank.wemoney",
            "com.ebank.creditcard");

    /** Category {@code payment} of the catalog. */
    public static final List<String> PAYMENT = list(
            "com.eg.android.AlipayGphone",
            "com.tencent.mm",
            "com.unionpay",
            "com.chinatelecom.bestpayclient",
            "com.jd.jrapp");

    /** Category {@code loan} of the catalog. */
    public static final List<String> LOAN = list(
            "com.qihoo.loan",
            "com.fenqile.fenqile",
            "com.msxf.ayh",
            "com.msxf.loan",
            "com.pacf",
            "com.duxiaoman.umoney",
            "com.mucfc.hqdapp",
            "com.ctrip.jr",
            "com.ppdai.loan",
            "com.shuhekeji",
            "com.samoyed.credit",
            "com.zaxd.loan",
            "com.airstar.loan",
            "com.lingyue.zebraloan",
            "com.xiaoying.cardloan",
            "com.shuqu.banyan",
            "com.niwodai.universityloan");

    /** Every package above, in order, without duplicates. */
    public static List<String> all() {
        Set<String> s = new LinkedHashSet<>();
        s.addAll(REMOTE_CONTROL);
        s.addAll(SCREEN_SHARE);
        s.addAll(BANK);
        s.addAll(PAYMENT);
        s.addAll(LOAN);
        return Collections.unmodifiableList(new ArrayList<>(s));
    }

    /** Whether {@code pkg} is a remote-control app of the catalog. */
    public static boolean isRemoteControl(String pkg) {
        return pkg != null && REMOTE_CONTROL.contains(pkg);
    }

    /** Whether {@code pkg} is a meeting / screen-sharing app of the catalog. */
    public static boolean isScreenShare(String pkg) {
        return pkg != null && SCREEN_SHARE.contains(pkg);
    }

    private static List<String> list(String... p) {
        return Collections.unmodifiableList(Arrays.asList(p));
    }
}
