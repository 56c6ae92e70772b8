target_sources(demarche_widgets PRIVATE
    mainwindow/appearance.h mainwindow/appearance.cpp
    mainwindow/mainwindow.h mainwindow/mainwindow.cpp
    mainwindow/mainwindowactions.h mainwindow/mainwindowactions.cpp
    mainwindow/projectdialogs.h mainwindow/projectdialogs.cpp
    mainwindow/projectsession.h mainwindow/projectsession.cpp
    mainwindow/recentprojects.h mainwindow/recentprojects.cpp
    mainwindow/recentprojectsmenu.h mainwindow/recentprojectsmenu.cpp
    mainwindow/viewtabs.h mainwindow/viewtabs.cpp
    mainwindow/welcomeview.h mainwindow/welcomeview.cpp mainwindow/welcomeview.ui
)
