// The Android libraries are their own Gradle build: `cd android && gradle assembleRelease`
// (or `./gradlew` after `gradle wrapper`). The root project is the bank artifact
// (scamguard-android); :vendor is the vendor artifact (scamguard-android-vendor). See README.md.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "scamguard-android"
include(":vendor")
