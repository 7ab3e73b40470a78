// scamguard-android-vendor, the VENDOR artifact: the accessibility service, the notification
// listener, the call-screening service and their manifest (permissions, package visibility).
// Depends on the bank artifact (the root project), whose engine and warning UI it feeds.
// Never executed here (no SDK): scripts/android-verify.sh builds the same AAR with CI tools.
plugins {
    id("com.android.library")
    `maven-publish`
}

group = "org.scamguard"
version = rootProject.version

android {
    // its own namespace (R class org.scamguard.android.vendor.R); the service classes keep the
    // Java package org.scamguard.android, where the README and existing manifests name them
    namespace = "org.scamguard.android.vendor"
    compileSdk = 35

    defaultConfig {
        minSdk = 21
        consumerProguardFiles("consumer-rules.pro")
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_11
        targetCompatibility = JavaVersion.VERSION_11
    }

    publishing {
        singleVariant("release")
    }
}

dependencies {
    api(project(":"))
}

afterEvaluate {
    publishing {
        publications {
            create<MavenPublication>("release") {
                from(components["release"])
                artifactId = "scamguard-android-vendor"
            }
        }
        repositories {
            maven {
                name = "local"
                url = uri(rootProject.layout.buildDirectory.dir("maven"))
            }
        }
    }
}
