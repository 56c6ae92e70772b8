target_sources(demarche_widgets PRIVATE
    article/articleheader.h article/articleheader.cpp
    article/articlehighlighter.h article/articlehighlighter.cpp
    article/articletextedit.h article/articletextedit.cpp
    article/articleview.h article/articleview.cpp
    article/claimhighlighter.h article/claimhighlighter.cpp
    article/claimtooltip.h article/claimtooltip.cpp
    article/readinglayout.h article/readinglayout.cpp
)
