target_sources(demarche_widgets PRIVATE
    mainwindow/appearance.h mainwindow/appearance.cpp
    mainwindow/mainwindow.h mainwindow/mainwindow.cpp
    mainwindow/mainwindow_actions.cpp
    mainwindow/mainwindow_project.cpp
    mainwindow/mainwindowactions.h mainwindow/mainwindowactions.cpp
    mainwindow/projectsession.h mainwindow/projectsession.cpp
    mainwindow/recentprojects.h mainwindow/recentprojects.cpp
    mainwindow/viewtabs.h mainwindow/viewtabs.cpp
    mainwindow/tagcontroller.h mainwindow/tagcontroller.cpp
    mainwindow/welcomeview.h mainwindow/welcomeview.cpp
)
