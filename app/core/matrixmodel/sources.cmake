# The actor x topic matrix as an item model: counts, colours and tooltips per cell.
target_sources(demarche_core PRIVATE
    matrixmodel/actortopicmatrixmodel.h matrixmodel/actortopicmatrixmodel.cpp
    matrixmodel/matrixcolours.h matrixmodel/matrixcolours.cpp
    matrixmodel/matrixcelltext.h matrixmodel/matrixcelltext.cpp
)
