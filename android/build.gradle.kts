// scamguard-android, the BANK artifact: bindings/java + android/src/main, libscamguard.so for four
// ABIs (built from the Rust crate one directory up with cargo-ndk), consumer R8 rules. The VENDOR
// artifact is the :vendor subproject (vendor/build.gradle.kts), which depends on this one.
// Not runnable on the CI machine (no SDK/NDK); scripts/android-verify.sh checks the same
// pieces with CI-only tools there. See README.md.
plugins {
    id("com.android.library") version "8.7.3"
    `maven-publish`
}

group = "org.scamguard"
version = "0.1.0"   // Cargo.toml's version; scripts/android-verify.sh reads it from there

val crateDir = rootProject.projectDir.parentFile              // the Rust crate (Cargo.toml)
val rustJniLibs = layout.buildDirectory.dir("rustJniLibs")   // <abi>/libscamguard.so
val abis = listOf("arm64-v8a", "armeabi-v7a", "x86_64", "x86")

android {
    namespace = "org.scamguard.android"
    compileSdk = 35

    defaultConfig {
        minSdk = 21
        consumerProguardFiles("consumer-rules.pro")
        ndk { abiFilters += abis }
    }

    sourceSets {
        getByName("main") {
            // the plain-Java API (org.scamguard) is packaged as part of this library
            java.srcDir("../bindings/java/src/main/java")
            jniLibs.srcDir(rustJniLibs)
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_11
        targetCompatibility = JavaVersion.VERSION_11
    }

    testOptions {
        unitTests.all { it.useJUnitPlatform() }
    }

    publishing {
        singleVariant("release")
    }
}

// `gradle publishReleasePublicationToLocalRepository`: build/maven, the same layout as the CI's
// target/android/maven (org/scamguard/scamguard-android/<version>/...).
afterEvaluate {
    publishing {
        publications {
            create<MavenPublication>("release") {
                from(components["release"])
                artifactId = "scamguard-android"
            }
        }
        repositories {
            maven {
                name = "local"
                url = uri(layout.buildDirectory.dir("maven"))
            }
        }
    }
}

dependencies {
    // host tests of the plain-Java mapping logic (also run without Gradle: run-host-tests.sh)
    testImplementation("org.junit.jupiter:junit-jupiter:5.10.2")
    testRuntimeOnly("org.junit.platform:junit-platform-launcher")
}

// libscamguard.so for every ABI with cargo-ndk (`cargo install cargo-ndk`,
// `rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android i686-linux-android`,
// ANDROID_NDK_HOME set or the NDK installed through the SDK manager).
// Profile android-release = release + opt-level "z" + lld ICF, as in scripts/android-verify.sh,
// plus 16 KB page alignment (the CI kit adds that flag itself; NDK r28+ does it by default).
val cargoNdkBuild by tasks.registering(Exec::class) {
    group = "build"
    description = "Builds libscamguard.so for $abis with cargo-ndk"
    workingDir = crateDir
    inputs.files(fileTree(crateDir) { include("src/**", "data/**", "Cargo.toml", "Cargo.lock", "build.rs") })
    outputs.dir(rustJniLibs)
    val args = mutableListOf("cargo", "ndk", "--platform", "21", "-o", rustJniLibs.get().asFile.path)
    abis.forEach { args += listOf("-t", it) }
    args += listOf(
        "build", "--lib", "--profile", "android-release",
        "--config", "profile.android-release.inherits=\"release\"",
        "--config", "profile.android-release.opt-level=\"z\"",
        "--config", "build.rustflags=[\"-C\", \"link-arg=-Wl,--icf=safe\", \"-C\", \"link-arg=-Wl,-z,max-page-size=16384\"]",
    )
    commandLine(args)
}

tasks.named("preBuild") { dependsOn(cargoNdkBuild) }
